// A project of two files: the snapshot type's primary constructor and the member that uses its parameter (so the
// compiler keeps the Dictionary in a hidden field) are in this part; `[ThreadLocalSlot]` is on the other part.
// Reported on the parameter.
using System.Collections.Generic;

namespace Corpus.R11.PartialPrimaryCtor;

public sealed partial class Limits(Dictionary<string, int> caps) // expect: WEFT0001
{
    public int CapFor(string tenant) => caps.TryGetValue(tenant, out int cap) ? cap : 0;
}
