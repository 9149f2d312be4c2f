# Installation layout and CPack (.deb): filled in by the packaging work (issue 5).
