// Loop-owned I/O, WEFT0005: an async onAccepted (Listener.Open, run on the calling loop) looks the client up with an
// await configured not to resume there, then writes to the connection: Connection.Write is [RequiresLoopThread].
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Weft.Net;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.WriteAfterConfigureAwaitInAccept;

public interface IGreeter
{
    Task<string> GreetingForAsync(EndPoint? remote);
}

public static class GreetingServer
{
    public static Listener Open(IPEndPoint endPoint, IGreeter greeter)
    {
        return Listener.Open(Dispatcher.Current!, endPoint, async connection =>
        {
            connection.Start((c, data) => { }, (c, e) => { });
            string greeting = await greeter.GreetingForAsync(connection.RemoteEndPoint).ConfigureAwait(false);
            connection.Write(Encoding.UTF8.GetBytes(greeting)); // expect: WEFT0005 "Write"
        });
    }
}
