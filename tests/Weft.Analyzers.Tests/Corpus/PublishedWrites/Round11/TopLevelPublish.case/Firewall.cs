using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TopLevelPublish;

[ThreadLocalSlot]
public sealed partial class Firewall
{
    public IReadOnlyList<string> Rules { get; init; } = []; // expect: WEFT0001
}
