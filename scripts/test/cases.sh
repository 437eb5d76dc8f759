# shellcheck shell=bash
# SPDX-License-Identifier: Apache-2.0
# Shared by the self-tests in this folder; sourced, not run. A case collects the conditions that
# failed (expect) and ends with one line (case_done); CASES_FAILED is 1 once a case failed.
PROBLEMS=()
# shellcheck disable=SC2034  # read by the scripts that source this file
CASES_FAILED=0

# expect CONDITION WHAT: evaluates CONDITION (bash); when it is false, WHAT joins the case's problems.
expect() { eval "$1" || PROBLEMS+=("$2"); }

# case_done NAME DETAIL: "PASS NAME: DETAIL", or "FAIL NAME: " and the problems; then a new case.
case_done() {
  if ((${#PROBLEMS[@]} == 0)); then
    echo "PASS $1: $2"
  else
    echo "FAIL $1: ${PROBLEMS[*]}"
    # shellcheck disable=SC2034  # read by the scripts that source this file
    CASES_FAILED=1
  fi
  PROBLEMS=()
}
