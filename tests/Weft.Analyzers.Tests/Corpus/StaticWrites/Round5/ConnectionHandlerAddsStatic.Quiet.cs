// Quiet twin of ConnectionHandlerAddsStatic: the handler adds with Interlocked.Add.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ConnectionHandlerAddsStaticQuiet;

public static class Echo
{
    private static long s_bytesIn;

    [RequiresLoopThread]
    public static void Serve(Connection connection) =>
        connection.Start(
            (conn, data) =>
            {
                Interlocked.Add(ref s_bytesIn, data.Length);
                conn.Write(data);
            },
            (conn, _) => { });
}
