// Quiet twin of LoopOnlyMethodGroup: the method group is posted to the connection's own dispatcher (a
// [RunsOnOwningLoop] callback runs on the loop that owns the connection).
using Weft.Net;

namespace Corpus.Round4.LoopOnlyMethodGroup;

public sealed class UpstreamCloser
{
    public void CloseLater(Connection upstream) => upstream.Dispatcher.Post(upstream.Close);
}
