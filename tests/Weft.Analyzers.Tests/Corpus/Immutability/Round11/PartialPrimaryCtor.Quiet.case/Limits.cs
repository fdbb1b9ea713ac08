// Quiet twin: the parameter captured by this part is an ImmutableDictionary.
using System.Collections.Immutable;

namespace Corpus.R11.PartialPrimaryCtorQuiet;

public sealed partial class Limits(ImmutableDictionary<string, int> caps)
{
    public int CapFor(string tenant) => caps.TryGetValue(tenant, out int cap) ? cap : 0;
}
