// Loop-owned I/O, WEFT0005: a heartbeat on a connection. A System.Timers.Timer raises Elapsed on a pool thread, where
// Connection.Write ([RequiresLoopThread]) may not run; the quiet twin uses a loop timer (Dispatcher.CreateTimer, run on
// the loop that created it, the connection's).
using System;
using System.Timers;
using Weft.Net;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.TimersTimerWritesConnection;

public sealed class Heartbeat
{
    private static readonly byte[] Ping = "PING\r\n"u8.ToArray();

    public IDisposable Attach(Connection connection)
    {
        var timer = new System.Timers.Timer(TimeSpan.FromSeconds(5));
        timer.Elapsed += (_, _) => connection.Write(Ping); // expect: WEFT0005 "Write"
        timer.Start();
        return timer;
    }
}
