# bash completion for finsam-extract: commands, a command's own sub-commands
# (fixture add|check|...), its options, and an option's values where its
# help lists them ("--ocr auto|never|always"; DIR takes folders, FILE files).
# Everything is read from the program's --help texts when you press Tab, so
# the completion always matches the installed program.
# Installed as /usr/share/bash-completion/completions/finsam-extract.

_finsam_extract() {
  local cur="${COMP_WORDS[COMP_CWORD]}"
  local prev="${COMP_WORDS[COMP_CWORD - 1]}"
  local prog="${COMP_WORDS[0]}"
  COMPREPLY=()

  if ((COMP_CWORD == 1)); then
    local commands
    commands="$("$prog" --help 2>/dev/null |
      awk '/^Commands:/ { on = 1; next }
           on && /^  [a-z]/ { print $1 }
           on && /^$/ { on = 0 }')"
    mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
    return 0
  fi

  local command="${COMP_WORDS[1]}" help
  help="$("$prog" "$command" --help 2>/dev/null)" || return 0

  # The value of the option before the cursor.
  if [[ "$prev" == -* ]]; then
    local value
    value="$(grep -oE -- "(^|[ ,])$prev [^ ,]+" <<<"$help" | head -n 1)"
    value="${value##* }"
    if [[ "$value" == *"|"* ]]; then
      mapfile -t COMPREPLY < <(compgen -W "${value//|/ }" -- "$cur")
      return 0
    elif [[ "$value" == DIR* ]]; then
      mapfile -t COMPREPLY < <(compgen -d -- "$cur")
      return 0
    elif [[ "$value" == FILE* ]]; then
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return 0
    elif [[ -n "$value" ]]; then
      return 0  # a number, a password, a range: nothing to offer
    fi
  fi

  if [[ "$cur" == -* ]]; then
    local options
    options="$(grep -oE -- '(^|[ ,\[])--?[a-zA-Z][a-z0-9-]*' <<<"$help" |
      grep -oE -- '--?[a-zA-Z][a-z0-9-]*' | sort -u)"
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return 0
  fi

  # A command's own sub-commands, as its usage lines spell them
  # ("finsam-extract fixture check ROOT").
  if ((COMP_CWORD == 2)); then
    local subcommands
    subcommands="$(grep -oE -- "finsam-extract $command [a-z]+" <<<"$help" |
      awk '{ print $3 }' | sort -u)"
    if [[ -n "$subcommands" ]]; then
      mapfile -t COMPREPLY < <(compgen -W "$subcommands" -- "$cur")
      return 0
    fi
  fi
  # Otherwise input files: -o default falls back to file names.
  return 0
}
complete -o default -F _finsam_extract finsam-extract
