using System;
using System.Collections.Immutable;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using EdgeProxy;
using Weft;

// EdgeProxy, first cut: an L4 TCP proxy whose connections each live on one worker dispatcher. The cluster snapshot
// is published to every worker through a thread-local slot (read-copy-update); each worker keeps its own
// round-robin cursor and counters in a per-worker slot, merged on demand by the admin endpoint.
var listen = new IPEndPoint(IPAddress.Loopback, 10000);
var admin = new IPEndPoint(IPAddress.Loopback, 9901);
int workers = Math.Max(1, Environment.ProcessorCount);

// Lives as long as the process: signal handlers may fire at any point, even during the final drain.
var stopping = new CancellationTokenSource();
void RequestStop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}

using var onSigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
using var onSigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

await using var upstreamA = EchoUpstream.Start("echo-a");
await using var upstreamB = EchoUpstream.Start("echo-b");
await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = workers, ThreadNamePrefix = "edge" });

var cluster = new ClusterSnapshot("echo", ImmutableArray.Create(upstreamA.EndPoint, upstreamB.EndPoint));
await using var proxy = await Proxy.StartAsync(pool, listen, cluster);
await using var adminServer = AdminServer.Start(admin, proxy);

Console.WriteLine($"EdgeProxy listening on {listen} with {workers} workers, in front of {upstreamA.EndPoint} and {upstreamB.EndPoint}.");
Console.WriteLine($"Admin on http://{admin}/stats and /ready. Try it:");
Console.WriteLine($"  exec 3<>/dev/tcp/127.0.0.1/{listen.Port}; echo hello >&3; head -1 <&3");
Console.WriteLine($"  curl -s http://{admin}/stats");
Console.WriteLine("Ctrl-C drains and exits.");

try
{
    await Task.Delay(Timeout.Infinite, stopping.Token);
}
catch (OperationCanceledException)
{
}

Console.WriteLine("Draining…");
await proxy.DrainAsync(TimeSpan.FromSeconds(10));
Console.WriteLine($"Stopped. {await proxy.CollectStatsAsync()}");
return 0;
