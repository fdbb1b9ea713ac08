using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using EdgeProxy;
using Microsoft.Extensions.Logging;
using Weft;

// EdgeProxy: an L4 TCP proxy on Weft. No arguments: the embedded default config, in front of two in-process echo
// upstreams. `--config edge.json`: that file, watched and reloaded on change. `--help`: the usage. Anything else is
// refused: a mistyped option must not start the proxy on the default config without a word.
const string Usage = """
    Usage: EdgeProxy [--config <file.json>]
      (no arguments)        the embedded default config: 127.0.0.1:10000 in front of two in-process echo upstreams
      --config <file.json>  that file, watched and reloaded on change (cluster changes only; listener changes need a restart)
      --help, -h            this text
    Exit codes: 0 after SIGINT/SIGTERM and the drain; 2 for a bad command line, a config error or a taken port.
    """;
string? configPath = null;
switch (args)
{
    case []:
        break;
    case ["--help" or "-h"]:
        Console.WriteLine(Usage);
        return 0;
    case ["--config", var path] when !path.StartsWith("--", StringComparison.Ordinal):
        configPath = path;
        break;
    case ["--config"] or ["--config", _]:
        Console.Error.WriteLine($"edgeproxy: '--config' needs a file name.{Environment.NewLine}{Usage}");
        return 2;
    default:
        string unknown = FirstUnknown(args);
        Console.Error.WriteLine($"edgeproxy: unknown argument '{unknown}' (accepted: --config <file.json>, --help).{Environment.NewLine}{Usage}");
        return 2;
}

using ILoggerFactory logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
ILogger logger = logging.CreateLogger("EdgeProxy");

// Lives as long as the process: signal handlers may fire at any point, even during the final drain.
var stopping = new CancellationTokenSource();
void RequestStop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.Cancel();
}

using var onSigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
using var onSigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

await using var upstreamA = configPath is null ? EchoUpstream.Start("echo-a") : null;
await using var upstreamB = configPath is null ? EchoUpstream.Start("echo-b") : null;
ProxyConfig config;
try
{
    config = configPath is null ? DefaultConfig.For(upstreamA!.EndPoint, upstreamB!.EndPoint) : ProxyConfig.Load(configPath);
}
catch (ConfigException ex)
{
    Console.Error.WriteLine($"edgeproxy: {ex.Message}");
    return 2;
}

await using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = Environment.ProcessorCount, ThreadNamePrefix = "edge", LoggerFactory = logging });
EdgeProxyServer started;
try
{
    started = await EdgeProxyServer.StartAsync(pool, config, logger, configPath);
}
catch (AddressInUseException ex)
{
    // One line, naming the address: two processes never silently share a listener or the admin port.
    Console.Error.WriteLine($"edgeproxy: {ex.Message}");
    return 2;
}

await using var proxy = started;

foreach (var (name, address) in proxy.ListenerAddresses)
{
    string spread = proxy.Config.Listeners.First(l => l.Name == name).Balance == ConnectionBalance.Exact
        ? "main accepting, each connection to the worker with the fewest open (exact balance)"
        : "each accepting on its own socket (kernel balance)";
    Console.WriteLine($"EdgeProxy listener '{name}' on {address}, {pool.Workers.Count} workers, {spread}.");
}

Console.WriteLine(proxy.AdminAddress is { } adminAddress
    ? $"Admin: http://{adminAddress}/stats  /stats?format=prometheus  /clusters  /ready"
    : "Admin: none configured.");
if (configPath is null)
{
    int port = proxy.ListenerAddresses.Values.First().Port;
    Console.WriteLine("Try it:");
    Console.WriteLine($"  exec 3<>/dev/tcp/127.0.0.1/{port}; echo hello >&3; head -1 <&3");
    if (proxy.AdminAddress is not null)
    {
        Console.WriteLine($"  curl -s http://{proxy.AdminAddress}/clusters");
    }
}

Console.WriteLine("Ctrl-C (or SIGTERM) drains and exits.");
try
{
    await Task.Delay(Timeout.Infinite, stopping.Token);
}
catch (OperationCanceledException)
{
}

Console.WriteLine($"Draining {proxy.OpenConnections} open connections (up to 10 s)…");
await proxy.DrainAsync(TimeSpan.FromSeconds(10));
var final = await pool.Stats.FlushAsync();
long total = proxy.ListenerAddresses.Keys.Sum(name => final.Counter("edge.downstream_cx_total", new KeyValuePair<string, string>("listener", name)) ?? 0);
Console.WriteLine($"Stopped after {total} connections ({string.Join(", ", proxy.ListenerAddresses.Keys.Select(name => $"{name}: {final.Counter("edge.downstream_cx_total", new KeyValuePair<string, string>("listener", name)) ?? 0}"))}).");
return 0;

// The argument that made the command line unusable: the first that is neither an option nor --config's file.
static string FirstUnknown(string[] args)
{
    for (int i = 0; i < args.Length; i++)
    {
        if (args[i] == "--config" && i + 1 < args.Length)
        {
            i++;
        }
        else
        {
            return args[i];
        }
    }

    return args[^1];
}
