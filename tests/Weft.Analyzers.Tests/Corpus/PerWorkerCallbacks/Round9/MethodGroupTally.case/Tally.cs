// WEFT0008 across files: Tally (this file) adds into its own field; Report.cs hands the method group of one captured
// Tally to RunOnAllThreads, so every worker adds into the same field at once. Reading taken: reported at the
// RunOnAllThreads call, where the captured instance's method is handed over.
using System.Threading;

namespace Corpus.PerWorkerCallbacks.R9.MethodGroupTally;

public sealed class Buffers
{
    public int Size { get; set; }
}

public sealed class Tally
{
    private int _total;

    public int Total => Volatile.Read(ref _total);

    public void Add(Buffers buffers) => _total += buffers.Size;
}
