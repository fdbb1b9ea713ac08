using System.Collections.Immutable;
using Weft;

namespace Corpus.R11.TopLevelPublishQuiet;

[ThreadLocalSlot]
public sealed partial class Firewall
{
    public ImmutableArray<string> Rules { get; init; } = [];
}
