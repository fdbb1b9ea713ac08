using System.Collections.Immutable;
using Weft;

namespace Corpus.Immutability.Positional;

[ThreadLocalSlot]
public sealed partial record Listeners(ImmutableArray<int> Ports, ImmutableSortedDictionary<int, string> Names);
