// Loop-owned I/O, WEFT0005: an outbound connection set up from a ThreadPool work item calls Connection.Connect, which
// is [RequiresLoopThread]; the quiet twin posts the setup to the worker's dispatcher (the loop Connect binds to).
using System.Net;
using System.Threading;
using Weft.Net;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.StartFromThreadPool;

public sealed class Upstream(Dispatcher worker, IPEndPoint remote)
{
    public Connection? Link { get; private set; }

    public void ConnectSoon()
    {
        ThreadPool.QueueUserWorkItem(_ =>
        {
            Link = Connection.Connect(worker, remote, (c, data) => { }, (c, e) => { }); // expect: WEFT0005 "Connect"
        });
    }
}
