using System.Collections.Generic;
using Weft;

namespace Corpus.R11.TopLevelPostThenRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    public HashSet<string> Open { get; } = new();
}
