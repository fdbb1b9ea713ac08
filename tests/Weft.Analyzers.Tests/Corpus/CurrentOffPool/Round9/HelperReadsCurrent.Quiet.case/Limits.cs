// WEFT0005 across files: a helper reading a snapshot's Current lives in LimitLookup.cs; Uploads.cs calls it inside a
// Task.Run body. Reading taken: reported at the call inside the Task.Run (the helper itself is called on loops too,
// where the read is right; the docs follow the state through "helper calls").
using Weft;

namespace Corpus.CurrentOffPool.R9.HelperReadsCurrent;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxUploadBytes { get; init; } = 1 << 20;
}
