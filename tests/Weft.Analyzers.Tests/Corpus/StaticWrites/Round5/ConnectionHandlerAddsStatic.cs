// WEFT0006: a connection's data handler (run on the loop that owns the connection: a worker; every worker's connections
// run it at once) adds to a static byte count with +=. Reading: a [RunsOnOwningLoop] connection callback is a posted
// callback on a worker, so it is worker code.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ConnectionHandlerAddsStatic;

public static class Echo
{
    private static long s_bytesIn;

    [RequiresLoopThread]
    public static void Serve(Connection connection) =>
        connection.Start(
            (conn, data) =>
            {
                s_bytesIn += data.Length; // expect: WEFT0006
                conn.Write(data);
            },
            (conn, _) => { });
}
