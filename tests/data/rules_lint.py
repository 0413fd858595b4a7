#!/usr/bin/python3
"""Lint for the default gazetteers under rules/.

Checks rules/groups.json, rules/un_entities.json, rules/places.json and
rules/organizations.json the way the loader (extractors/rules*.cc) reads
them, against the schema and against each other:

  * valid UTF-8 JSON once // and /* */ comments are stripped, and no embedding
    delimiter;
  * entities: known keys, the type of the file, id "<type>:<slug>" with a slug
    of [a-z0-9_], unique ids (countries and subdivisions included), non-empty
    label and aliases without stray spaces;
  * no name (label or alias) shared by two entities once folded as the
    loader folds it (case, accents, hyphens, apostrophes, punctuation: asked
    of `nexus rules fold`), nor
    by the crimes of rules/crimes.json;
  * no case-insensitive one-word alias equal to an ordinary English word, no
    generic phrase as an alias;
  * "parent" only on regions, naming a region that the loader will build
    (curated, country, or a subdivision it keeps), without cycles;
  * "countries" / "subdivisions" keys exist in iso-codes, and no override is
    dead: the loader drops a subdivision whose name is a stopword or already
    the name of another entity, and drops a country or subdivision alias that
    another entity owns;
  * blockers are unique and never a name of an entity.

Usage: rules_lint.py [--rules DIR] [--iso-dir DIR] [--nexus BINARY] [-q]
Exit status: 0 when no error was found, 1 otherwise.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RULES = os.path.normpath(os.path.join(HERE, "..", "..", "rules"))
DEFAULT_ISO = "/usr/share/iso-codes/json"

# The files this lint owns, and the entity type each one holds.
ENTITY_FILES = {
    "groups.json": "group",
    "un_entities.json": "un_entity",
    "places.json": "region",
}
BLOCKER_FILE = "organizations.json"
TYPES = ("group", "crime", "region", "un_entity")
ENTITY_KEYS = {"id", "type", "label", "aliases", "parent"}
COUNTRY_KEYS = {"id", "label", "aliases"}
SUBDIVISION_KEYS = {"aliases"}
ID_RE = re.compile(r"^(group|crime|region|un_entity):[a-z0-9_]+$")
EMBED_DELIMITER = ')nexus_embed"'
# Subdivision kinds that the loader appends to a subdivision name as an alias.
TYPE_WORDS = {"Province", "Governorate", "State", "Region", "District", "Department",
              "County", "Prefecture", "Oblast", "Emirate", "Territory", "Division"}

# Ordinary English words that a case-insensitive alias must never be.
# ("Pacific" is not among them: the region; blockers in organizations.json
# keep the Charter's "pacific settlement" from it.)
COMMON_WORDS = set("""
a about above across act action active activity after again against age agency
aid air al all alliance also an and any are area areas arm arms army as at
attack away back bad bank base basin bay be bear been before being below best
better between big bill black blue board body border both branch brigade
business but by call camp can capital care case cell center central centre
chain change chief city civil clan close club coast code cold come command
committee common community company control core could council country county
court cover crime cross cup cut dawn day deal delta desert district do does
dome down draw drug each early earth east eastern economic eight else end
enemy entity even ever every face fact fall family far farm field fight fighter
final fire first five fix flat fly for force forces foreign forest form fort
forum four free freedom friend from front fund gate general get give global go
gold good government great green ground group guard gulf gun had hand has have
he head health heart help her here high hill him his hold home hope house how
i if in independence inner institute interior international into is island it
its jihad job join joint just justice key kind king land large last law lead
league left let liberation life light like line link list little live local
long look lord low lower made main make man many march mark market may me
member men middle might military mine mission model money more most mount
mountain move movement much must my nation national near network new next
night nine no none north northern not now of off office old on one only open
or order other our out over own palm panel park part party pass path
peace people place plain plan plateau point police port post power press
programme project province public rain range red region republic rest right
ring rise river road rock rule run safe said same sea second section security
see service set seven shall she shield side sign six small so some south
southern special spring square staff stand star state states station still
stone street strike support table take task team ten that the their them then
there these they this those three tiger time to top town trade tree tribe
trust two under union unit united unity up upper us valley very victory
village voice wall war was water way we well were west western what when where
which white who why will wind with word work world year yes you young youth
zone
""".split())

# Phrases that name no particular entity.
GENERIC_PHRASES = {
    "terrorist groups", "terrorist group", "armed groups", "armed group",
    "criminal groups", "criminal networks", "criminal network",
    "organized criminal groups", "member states", "member state",
    "united nations", "the united nations", "security forces", "the group",
    "the committee", "the council", "the office", "the centre", "the mission",
    "task force", "working group", "regional centre", "executive directorate",
    "islamic state of", "al", "is", "the base", "front", "unit", "team",
}

# --- the loader's text folding, asked of nexus itself -----------------------

class Folder:
    """Folds names as the gazetteer does, by asking `nexus rules fold` (one
    process, a line in, a line out), so that this lint never folds names in
    a way of its own."""

    def __init__(self, nexus):
        self.proc = subprocess.Popen([nexus, "rules", "fold"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        self.cache = {}

    def __call__(self, s):
        s = s.replace("\n", " ").replace("\r", " ")
        if s not in self.cache:
            self.proc.stdin.write(s + "\n")
            self.proc.stdin.flush()
            self.cache[s] = self.proc.stdout.readline().rstrip("\n")
        return self.cache[s]


normalize = None  # set by main(): a Folder


def slug(s):
    return normalize(s).replace(" ", "_")


def expand_alternations(phrase):
    """"{a|b} c" -> ["a c", "b c"], as ExpandAlternations."""
    m = re.search(r"\{([^{}]*)\}", phrase)
    if not m:
        return [" ".join(phrase.split())]
    out = []
    for choice in m.group(1).split("|"):
        out.extend(expand_alternations(phrase[:m.start()] + choice + phrase[m.end():]))
    return out


def case_sensitive(alias):
    """The gazetteer matches a name in its own case when a word of it is all
    capitals (two letters or more) or has a capital inside (an apostrophe
    joins a word: "l'Ouest")."""
    for word in re.split(r"[^\w\u00c0-\u024f'\u2019]+", alias):
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and not any(c.islower() for c in letters):
            return True
        if any(c.isupper() for c in letters[1:]):
            return True
    return False


def case_letters(name):
    """The letters and digits of a name in their case, as the gazetteer
    compares a name it matches in its own case (a word's first letter may be
    a capital in the text: that one is folded)."""
    return "".join(c.lower() if i == 0 else c
                   for w in re.split(r"[^\w\u00c0-\u024f]+", name) for i, c in enumerate(w) if c.isalnum())


def strip_comments(text):
    """Removes // and /* */ comments outside JSON strings."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise ValueError("unterminated /* comment")
            out.append(" ")
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


# --- reporting -----------------------------------------------------------------

class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append("%s: error: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: warning: %s" % (where, msg))


def load_json(path, rep):
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        rep.error(path, "cannot read: %s" % e)
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error(path, "not valid UTF-8: %s" % e)
        return None
    if EMBED_DELIMITER in text:
        rep.error(path, "holds the embedding delimiter %s" % EMBED_DELIMITER)
    try:
        doc = json.loads(strip_comments(text))
    except ValueError as e:
        rep.error(path, "invalid JSON once comments are stripped: %s" % e)
        return None
    if not isinstance(doc, dict):
        rep.error(path, "top level must be an object")
        return None
    return doc


def check_string(rep, where, what, s):
    if not isinstance(s, str) or not s:
        rep.error(where, "%s must be a non-empty string, got %r" % (what, s))
        return False
    if s != s.strip() or "  " in s:
        rep.error(where, "%s %r has stray spaces" % (what, s))
    if not normalize(s):
        rep.error(where, "%s %r has no word" % (what, s))
        return False
    return True


def check_words(rep, where, name, what="alias"):
    n = normalize(name)
    if n.startswith("the ") and not n.startswith("the hague") and what == "alias":
        rep.error(where, "alias %r starts with an article: it would start a word "
                  "early and swallow longer names (\"the Niger Delta\")" % name)
    if n in GENERIC_PHRASES or " ".join(name.casefold().split()) in GENERIC_PHRASES:
        rep.error(where, "%s %r is a generic phrase" % (what, name))
    elif not case_sensitive(name) and " " not in n and n in COMMON_WORDS:
        rep.error(where, "%s %r is an ordinary English word (matched regardless "
                  "of case)" % (what, name))
    if len(n.replace(" ", "")) < 2:
        rep.error(where, "%s %r is too short" % (what, name))


def string_list(rep, where, v, what="aliases"):
    if not isinstance(v, list):
        rep.error(where, '"%s" must be a list' % what)
        return []
    return [s for s in v if check_string(rep, where, what[:-1], s)]


# --- the checks ----------------------------------------------------------------

def read_curated(rep, rules_dir, docs):
    """Entities of every rules file, in the loader's order (file name order)."""
    curated = []
    for name in sorted(docs):
        doc = docs[name]
        items = doc.get("entities")
        if items is None:
            continue
        mine = name in ENTITY_FILES
        if not isinstance(items, list):
            rep.error(name, '"entities" must be a list')
            continue
        for i, e in enumerate(items):
            where = "%s entities[%d]" % (name, i)
            if not isinstance(e, dict):
                rep.error(where, "an entity must be an object")
                continue
            eid = e.get("id")
            if isinstance(eid, str):
                where = "%s %s" % (name, eid)
            if not isinstance(eid, str) or not ID_RE.match(eid):
                rep.error(where, "id %r is not <type>:<slug of [a-z0-9_]>" % (eid,))
                continue
            etype = e.get("type")
            if etype not in TYPES:
                rep.error(where, "type %r is not one of %s" % (etype, ", ".join(TYPES)))
                continue
            if not eid.startswith(etype + ":"):
                rep.error(where, "id prefix does not match type %r" % etype)
            label = e.get("label")
            if not check_string(rep, where, "label", label):
                continue
            aliases, expanded = [], set()
            for raw in string_list(rep, where, e.get("aliases", [])):
                forms = expand_alternations(raw)
                aliases.extend(forms)
                if len(forms) > 1:
                    expanded.update(forms)
            if mine:
                for k in e:
                    if k not in ENTITY_KEYS:
                        rep.error(where, "unknown key %r" % k)
                if etype != ENTITY_FILES[name]:
                    rep.error(where, "type %r does not belong in %s" % (etype, name))
                if "parent" in e and etype != "region":
                    rep.error(where, "only regions may have a parent")
                check_words(rep, where, label, "label")
                seen = {normalize(label)}
                seen_letters = {case_letters(label)}
                for a in aliases:
                    check_words(rep, where, a)
                    # An alias in lower case lets a name match where it is
                    # written without capitals ("anti-balaka"): it adds that.
                    lower_only = a == a.lower() and label != label.lower()
                    # One matched in its own case ("l'Ouest") adds its capitals.
                    own_case = case_sensitive(a) and case_letters(a) not in seen_letters
                    if normalize(a) in seen and a not in expanded and not lower_only and not own_case:
                        rep.warn(where, "alias %r adds nothing: the loader folds it "
                                 "to a name the entity has already" % a)
                    seen.add(normalize(a))
                    seen_letters.add(case_letters(a))
            curated.append(dict(where=where, id=eid, type=etype, label=label,
                                aliases=aliases, parent=e.get("parent"), mine=mine))
    return curated


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rules", default=DEFAULT_RULES)
    ap.add_argument("--iso-dir", default=DEFAULT_ISO)
    ap.add_argument("--nexus", default=os.path.normpath(os.path.join(HERE, "..", "..", "build", "nexus")),
                    help="the nexus binary, whose 'rules fold' folds names")
    ap.add_argument("-q", "--quiet", action="store_true", help="errors and summary only")
    args = ap.parse_args(argv)
    global normalize
    normalize = Folder(args.nexus)
    rep = Report()

    iso1 = load_json(os.path.join(args.iso_dir, "iso_3166-1.json"), rep)
    iso2 = load_json(os.path.join(args.iso_dir, "iso_3166-2.json"), rep)
    docs = {}
    for path in sorted(glob.glob(os.path.join(args.rules, "*.json"))):
        doc = load_json(path, rep)
        if doc is not None:
            docs[os.path.basename(path)] = doc
    for name in list(ENTITY_FILES) + [BLOCKER_FILE]:
        if name not in docs:
            rep.error(os.path.join(args.rules, name), "missing or unreadable")
    if rep.errors or iso1 is None or iso2 is None:
        print("\n".join(rep.errors))
        return 1

    # Top-level keys of my files.
    allowed = {"groups.json": {"entities"}, "un_entities.json": {"entities"},
               "places.json": {"entities", "countries", "subdivisions"},
               BLOCKER_FILE: {"blockers"}}
    for name, keys in allowed.items():
        for k in docs[name]:
            if k not in keys:
                rep.error(name, "unknown top-level key %r" % k)

    # 1. Curated entities (Rules::AddCurated): a name may have one owner.
    curated = read_curated(rep, args.rules, docs)
    entities = {}   # id -> dict(where, type, label, parent, kind)
    owner = {}      # normalized name -> id
    owner_name = {}  # normalized name -> the first owner's name as written
    for c in curated:
        if c["id"] in entities:
            prev = entities[c["id"]]
            if prev["type"] != c["type"]:
                rep.error(c["where"], "redefined with another type")
            if c["mine"]:
                rep.error(c["where"], "duplicate id (also at %s)" % prev["where"])
        else:
            entities[c["id"]] = dict(where=c["where"], type=c["type"], label=c["label"],
                                     parent=c["parent"], kind="curated", mine=c["mine"])
        for n in [c["label"]] + c["aliases"]:
            key = normalize(n)
            if owner.setdefault(key, c["id"]) != c["id"]:
                # "JEM" and "JeM": names matched only in their own case may
                # have two owners.
                other = owner_name[key]
                if case_sensitive(n) and case_sensitive(other) and case_letters(n) != case_letters(other):
                    continue
                rep.error(c["where"], "name %r already names %s" % (n, owner[key]))
            owner_name.setdefault(key, n)

    # 2. Countries (Rules::BuildIsoRegions): a curated name wins silently.
    places = docs["places.json"]
    overrides = places.get("countries", {})
    if not isinstance(overrides, dict):
        rep.error("places.json", '"countries" must be an object')
        overrides = {}
    countries = {c["alpha_2"]: c for c in iso1["3166-1"]}
    for code in overrides:
        if code not in countries:
            rep.error("places.json countries", "unknown ISO 3166-1 code %r" % code)
    country_id = {}
    for code, c in countries.items():
        where = "places.json countries.%s" % code
        o = overrides.get(code, {})
        if not isinstance(o, dict):
            rep.error(where, "an override must be an object")
            o = {}
        for k in o:
            if k not in COUNTRY_KEYS:
                rep.error(where, "unknown key %r" % k)
        over_aliases = string_list(rep, where, o.get("aliases", []))
        for a in over_aliases:
            check_words(rep, where, a)
        if "label" in o:
            check_string(rep, where, "label", o["label"])
        if "id" in o and (not isinstance(o["id"], str) or not ID_RE.match(o["id"]) or
                          not o["id"].startswith("region:")):
            rep.error(where, "bad id %r" % (o["id"],))
        eid = o.get("id") or "region:" + slug(c.get("common_name") or c["name"])
        label = o.get("label") or c["name"]
        name = c["name"]
        uninverted = ""
        if ", " in name:
            head, tail = name.split(", ", 1)
            uninverted = tail + " " + head
        names = [name, c.get("official_name", ""), c.get("common_name", ""), uninverted]
        for n in names + over_aliases:
            if not n or n == label:
                continue
            own = owner.get(normalize(n))
            if own is not None and own != eid:
                if n in over_aliases:
                    rep.error(where, "alias %r is dropped: it already names %s" % (n, own))
                continue
            owner.setdefault(normalize(n), eid)
        own = owner.setdefault(normalize(label), eid)
        if own != eid and code in overrides:
            rep.error(where, "label %r already names %s" % (label, own))
        country_id[code] = eid
        if eid in entities:
            if entities[eid]["kind"] != "country":
                rep.error(where, "id %s is also the id of %s" % (eid, entities[eid]["where"]))
        else:
            entities[eid] = dict(where=where, type="region", label=label, parent=None,
                                 kind="country", mine=code in overrides)

    # 3. Subdivisions: dropped when the name is a stopword or owned.
    stopwords = set()
    for doc in docs.values():
        for w in doc.get("subdivision_stopwords", []) or []:
            if isinstance(w, str):
                stopwords.add(normalize(w))
    sub_over = places.get("subdivisions", {})
    if not isinstance(sub_over, dict):
        rep.error("places.json", '"subdivisions" must be an object')
        sub_over = {}
    subdivisions = {s["code"]: s for s in iso2["3166-2"]}
    for code in sub_over:
        if code not in subdivisions:
            rep.error("places.json subdivisions", "unknown ISO 3166-2 code %r" % code)
    kept_sub_names = {}  # normalized iso name -> [codes] of subdivisions kept
    for code, s in subdivisions.items():
        where = "places.json subdivisions.%s" % code
        eid = "region:" + slug(code)
        o = sub_over.get(code)
        if o is not None and not isinstance(o, dict):
            rep.error(where, "an override must be an object")
            o = None
        folded = normalize(s["name"])
        if folded in stopwords or folded in owner:
            if o is not None and eid in entities:
                rep.error(where, "dead override: %s is a curated entity; give it these "
                          "aliases" % eid)
            elif o is not None:
                why = ("a subdivision stopword" if folded in stopwords
                       else "a name of " + owner[folded])
                rep.error(where, "dead override: the loader drops %s (%r is %s); "
                          "make it a curated entity with id %s" % (code, s["name"], why, eid))
            continue
        if eid in entities:
            if o is not None:
                rep.warn(where, "override unused: %s is a curated entity" % eid)
            continue
        kept_sub_names.setdefault(folded, []).append(code)
        entities[eid] = dict(where=where, type="region", label=s["name"],
                             parent=country_id.get(code.split("-")[0]), kind="subdivision",
                             mine=o is not None)
        if o is None:
            continue
        for k in o:
            if k not in SUBDIVISION_KEYS:
                rep.error(where, "unknown key %r" % k)
        aliases = string_list(rep, where, o.get("aliases", []))
        if not aliases:
            rep.warn(where, "override without aliases")
        auto = s["name"] + " " + s["type"] if s["type"] in TYPE_WORDS else None
        for a in aliases:
            check_words(rep, where, a)
            key = normalize(a)
            if key in owner:
                rep.error(where, "alias %r is dropped: it already names %s" % (a, owner[key]))
            elif key == folded or (auto and key == normalize(auto)):
                rep.warn(where, "alias %r adds nothing: the loader derives it" % a)

    # Subdivision aliases may repeat each other across countries (they are
    # weak), but not a name of the same country's other subdivisions.
    for code, o in sub_over.items():
        if not isinstance(o, dict) or code not in subdivisions:
            continue
        cc = code.split("-")[0]
        for a in o.get("aliases", []) or []:
            if not isinstance(a, str):
                continue
            others = [c for c in kept_sub_names.get(normalize(a), []) if c != code]
            same = [c for c in others if c.startswith(cc + "-")]
            if same:
                rep.error("places.json subdivisions.%s" % code,
                          "alias %r is the name of %s" % (a, ", ".join(same)))

    # 4. Parents.
    for eid, ent in entities.items():
        p = ent["parent"]
        if ent["kind"] != "curated" or p is None or not ent["mine"]:
            continue
        if not isinstance(p, str) or p not in entities:
            rep.error(ent["where"], "parent %r is not a region the loader builds" % (p,))
            continue
        if entities[p]["type"] != "region":
            rep.error(ent["where"], "parent %s is not a region" % p)
        seen, cur = {eid}, p
        while cur:
            if cur in seen:
                rep.error(ent["where"], "the parent chain loops")
                break
            seen.add(cur)
            cur = entities[cur]["parent"] if cur in entities else None

    # 5. Blockers.
    blockers = docs[BLOCKER_FILE].get("blockers")
    if not isinstance(blockers, list):
        rep.error(BLOCKER_FILE, '"blockers" must be a list')
        blockers = []
    seen = {}
    for b in blockers:
        if not check_string(rep, BLOCKER_FILE, "blocker", b):
            continue
        key = normalize(b)
        if key.startswith("the ") and not key.startswith("the hague"):
            rep.error(BLOCKER_FILE, "blocker %r starts with an article" % b)
        if key in seen:
            rep.warn(BLOCKER_FILE, "blocker %r repeats %r once folded" % (b, seen[key]))
        seen[key] = b
        if key in owner:
            rep.error(BLOCKER_FILE, "blocker %r is a name of %s" % (b, owner[key]))
        if key in kept_sub_names:
            rep.error(BLOCKER_FILE, "blocker %r is the name of subdivision %s"
                      % (b, ", ".join(kept_sub_names[key][:4])))

    # --- report ----------------------------------------------------------------
    mine = [c for c in curated if c["mine"]]
    count = {t: sum(1 for c in mine if c["type"] == t) for t in TYPES}
    if not args.quiet:
        for w in rep.warnings:
            print(w)
    for e in rep.errors:
        print(e)
    print("rules_lint: %d groups, %d un_entities, %d places, %d aliases; "
          "%d country and %d subdivision overrides; %d blockers"
          % (count["group"], count["un_entity"], count["region"],
             sum(len(c["aliases"]) for c in mine), len(overrides), len(sub_over),
             len(blockers)))
    print("rules_lint: %d errors, %d warnings" % (len(rep.errors), len(rep.warnings)))
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
