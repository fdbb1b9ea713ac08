// Quiet twin of NestedInStaticContainer: the private field is an ImmutableArray<string>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.NestedInStaticContainer;

public static partial class Slots
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        private readonly ImmutableArray<string> _hosts = ImmutableArray<string>.Empty;

        public int Count => _hosts.Length;
    }
}
