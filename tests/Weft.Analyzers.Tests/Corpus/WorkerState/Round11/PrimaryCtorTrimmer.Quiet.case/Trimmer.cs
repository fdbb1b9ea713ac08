// Quiet twin: the class posts the trim to the loop it is called on (Dispatcher.Current) instead of the pool.
using System.Collections.Generic;
using Weft.Threading;

namespace Corpus.R11.PrimaryCtorTrimmerQuiet;

public sealed class Trimmer(List<string> recent)
{
    public void TrimLater() => Dispatcher.Current!.Post(() => recent.RemoveAll(static line => line.Length == 0));
}
