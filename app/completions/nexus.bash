# bash completion for nexus. The commands and the output formats come from
# `nexus list` at completion time, so that they never go stale.
_nexus() {
  local cur prev words cword
  _init_completion 2>/dev/null || {
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    cword=$COMP_CWORD
  }
  local nexus=${COMP_WORDS[0]}
  if [[ $cword -eq 1 ]]; then
    local commands
    commands=$("$nexus" list 2>/dev/null | sed -n '/^commands:/,/^$/{/^  /{s/^  \([^\t ]*\).*/\1/p}}')
    COMPREPLY=($(compgen -W "$commands --version --help" -- "$cur"))
    return
  fi
  local command=${COMP_WORDS[1]}
  case $prev in
    --format)
      local formats list
      formats=$("$nexus" list 2>/dev/null | sed -n '/^formats:/,/^$/{/^  /{s/^  \([^\t ]*\).*/\1/p}}')
      # A comma-separated list: complete its last item.
      list=${cur%,*}
      [[ $list == "$cur" ]] && list="" || list="$list,"
      COMPREPLY=($(compgen -P "$list" -W "$formats" -- "${cur##*,}"))
      compopt -o nospace 2>/dev/null
      return ;;
    --layout) COMPREPLY=($(compgen -W "neato dot sfdp circo fdp" -- "$cur")); return ;;
    --gexf-version) COMPREPLY=($(compgen -W "1.2 1.3" -- "$cur")); return ;;
    --activities) COMPREPLY=($(compgen -W "nodes off" -- "$cur")); return ;;
    --types) COMPREPLY=($(compgen -W "group crime region un_entity" -- "$cur")); return ;;
    --by) COMPREPLY=($(compgen -W "degree betweenness pagerank core" -- "$cur")); return ;;
    --output|--update|--rules) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    local options
    options=$("$nexus" "$command" --help 2>&1 | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return
  fi
  if [[ $command == query && $cword -eq 3 ]]; then
    COMPREPLY=($(compgen -W "neighbors path rank brokers clusters activities" -- "$cur"))
    return
  fi
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _nexus nexus
