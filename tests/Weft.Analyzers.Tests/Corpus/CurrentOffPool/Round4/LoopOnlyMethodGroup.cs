// WEFT0005: a [RequiresLoopThread] member handed over as a *method group* (Connection.Close to Task.Run) runs on
// a thread-pool thread. The message names the member (Close).
using System.Threading.Tasks;
using Weft.Net;

namespace Corpus.Round4.LoopOnlyMethodGroup;

public sealed class UpstreamCloser
{
    public Task CloseLaterAsync(Connection upstream) => Task.Run(upstream.Close); // expect: WEFT0005 "Close"
}
