// Application-style: a line-protocol server on Weft.Net. Every worker opens its own SO_REUSEPORT listener; onAccepted
// and the connection callbacks run on that worker, which keeps per-worker connection stats. Defects: a slow command
// is run with Task.Run and the connection is closed from its continuation (Connection.Close is [RequiresLoopThread],
// WEFT0005), and the worker's stats are handed to the same Task.Run (WEFT0004).
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.Idioms.R9.LineProtocolServer;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionStats
{
    public Dictionary<string, int> CommandCounts { get; } = new();

    public int Open { get; set; }
}

public interface ICommandHandler
{
    Task<string> RunAsync(string command, string argument);
}

public sealed class LineServer(ICommandHandler handler)
{
    private static readonly SearchValues<byte> Newline = SearchValues.Create("\n"u8);

    public Listener OpenOnThisWorker(IPEndPoint endPoint)
    {
        ConnectionStats stats = ConnectionStats.Current;
        return Listener.Open(Dispatcher.Current!, endPoint, connection =>
        {
            stats.Open++;
            var pending = new StringBuilder();
            connection.Start(
                (c, data) =>
                {
                    int end = data.IndexOfAny(Newline);
                    pending.Append(Encoding.UTF8.GetString(end < 0 ? data : data[..end]));
                    if (end >= 0)
                    {
                        string line = pending.ToString();
                        pending.Clear();
                        Dispatch(c, line, stats); // expect: WEFT0004 #stats
                    }
                },
                (c, e) =>
                {
                    if (e == ConnectionEvent.Closed)
                    {
                        stats.Open--;
                    }
                });
        });
    }

    private void Dispatch(Connection connection, string line, ConnectionStats stats)
    {
        (string command, string argument) = line.Split(' ', 2) switch
        {
            [var c, var a] => (c.ToUpperInvariant(), a),
            [var c] => (c.ToUpperInvariant(), ""),
            _ => ("", ""),
        };
        switch (command)
        {
            case "PING":
                connection.Write("PONG\n"u8);
                break;
            case "QUIT":
                connection.Close();
                break;
            default:
                _ = Task.Run(async () => // expect: WEFT0004 #stats
                {
                    string reply = await handler.RunAsync(command, argument);
                    stats.CommandCounts[command] = stats.CommandCounts.GetValueOrDefault(command) + 1; // expect: WEFT0004 #stats
                    if (reply.Length == 0)
                    {
                        connection.Close(); // expect: WEFT0005 "Close"
                    }
                });
                break;
        }
    }
}
