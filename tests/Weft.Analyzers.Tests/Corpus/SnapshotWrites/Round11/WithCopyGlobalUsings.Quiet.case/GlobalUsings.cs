// Quiet twin: the `with` copy is given a new list (a spread with the new dish).
global using System.Collections.Generic;
global using Weft;
