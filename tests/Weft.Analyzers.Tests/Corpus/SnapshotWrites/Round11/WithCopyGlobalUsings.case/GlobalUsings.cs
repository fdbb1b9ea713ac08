// A project of three files with `global using`s: a snapshot record in one file, a worker in another makes a `with`
// copy of Current and appends to the copy's list, which is still the snapshot's.
global using System.Collections.Generic;
global using Weft;
