// A positional record: the parameters become init-only properties, but their types are mutable.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Positional;

[ThreadLocalSlot]
public sealed partial record Listeners(List<int> Ports, Dictionary<int, string> Names); // expect: WEFT0001
