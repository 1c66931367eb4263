from quizapp.launch import main

raise SystemExit(main())
