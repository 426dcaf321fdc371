/* lxkit: learner progress and knowledge checks (no server). Filled in by the portal issue. */
