// Loop-owned I/O, WEFT0005: BalancedListener.Open is [RequiresLoopThread] (it binds on the calling loop, its accept
// loop). Opened from a Task.Run body it runs on the thread pool; the quiet twin asks the pool's main loop to open it.
using System.Net;
using System.Threading.Tasks;
using Weft;
using Weft.Net;

namespace Corpus.CurrentOffPool.R9.BalancedOpenFromTaskRun;

public static class Frontend
{
    public static Task<BalancedListener> StartAsync(WorkerPool pool, int port)
    {
        var endPoint = new IPEndPoint(IPAddress.Loopback, port);
        return pool.Main.InvokeAsync(() =>
            BalancedListener.Open(pool, endPoint, connection => connection.Start((c, d) => c.Write(d), (c, e) => { })));
    }
}
