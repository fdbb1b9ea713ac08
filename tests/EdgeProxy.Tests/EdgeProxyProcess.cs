using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace EdgeProxy.Tests;

/// <summary>
/// The built EdgeProxy (EdgeProxy.dll beside the tests) run as its own process by the SDK's <c>dotnet</c>, optionally
/// under a lower RLIMIT_NOFILE set by bash's <c>ulimit</c>. Output is captured; the process is killed on dispose, so a
/// failing test never leaves it behind.
/// </summary>
internal sealed class EdgeProxyProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = new();
    private readonly List<string> _stderr = new();
    private readonly string _directory;

    private EdgeProxyProcess(string configJson, int? fileLimit)
    {
        _directory = Directory.CreateTempSubdirectory("edge-child-").FullName;
        string config = Path.Combine(_directory, "edge.json");
        File.WriteAllText(config, configJson);
        string dotnet = DotnetHost();
        string dll = Path.Combine(AppContext.BaseDirectory, "EdgeProxy.dll");
        var start = fileLimit is { } limit
            ? new ProcessStartInfo("/bin/bash") { ArgumentList = { "-c", $"ulimit -n {limit} && exec \"$0\" \"$@\"", dotnet, dll, "--config", config } }
            : new ProcessStartInfo(dotnet) { ArgumentList = { dll, "--config", config } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dotnet} {dll}");
        _process.OutputDataReceived += (_, e) => Add(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Add(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>True once the child has exited (for any reason, a crash included).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once exited, else null.</summary>
    public int? ExitCodeOrNull => _process.HasExited ? _process.ExitCode : null;

    public string Stdout => Snapshot(_stdout);

    public string Stderr => Snapshot(_stderr);

    /// <summary>Starts EdgeProxy and waits until it prints its listeners (or exits).</summary>
    public static async Task<EdgeProxyProcess> StartAsync(string configJson, int? fileLimit = null)
    {
        var child = new EdgeProxyProcess(configJson, fileLimit);
        try
        {
            await ProxyHarness.WaitUntilAsync(() => Task.FromResult(child.Stdout.Contains("Ctrl-C", StringComparison.Ordinal) || child._process.HasExited), "the EdgeProxy child to start");
            return child;
        }
        catch
        {
            child.Dispose();
            throw;
        }
    }

    /// <summary>Starts EdgeProxy expecting it to refuse: returns its exit code.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(string configJson)
    {
        using var child = new EdgeProxyProcess(configJson, fileLimit: null);
        int code = await child.WaitForExitAsync(ProxyHarness.Timeout);
        return (code, child.Stdout, child.Stderr);
    }

    /// <summary>Runs EdgeProxy with exactly <paramref name="arguments"/> (no config file made), expecting it to exit.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithArgumentsToExitAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost()) { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "EdgeProxy.dll") } };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start EdgeProxy");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProxyHarness.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Still running means the arguments were taken and the proxy started: the failure this guards against.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"EdgeProxy {string.Join(' ', arguments)} did not exit within {ProxyHarness.Timeout.TotalSeconds} s. stdout:\n{await stdout}\nstderr:\n{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"EdgeProxy (pid {Id}) did not exit within {within.TotalSeconds} s. stdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as an orchestrator stops it (bash's kill builtin: no other executable).</summary>
    public void Terminate()
    {
        using Process kill = Process.Start(new ProcessStartInfo("/bin/bash") { ArgumentList = { "-c", $"kill -TERM {Id}" } })!;
        kill.WaitForExit();
    }

    /// <summary>Open descriptors of the child (Linux); 0 once it has exited (see <see cref="HasExited"/>).</summary>
    public int OpenDescriptors()
    {
        try
        {
            return Directory.GetFiles($"/proc/{Id}/fd").Length;
        }
        catch (DirectoryNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>
    /// A loopback port nobody listens on, never one handed out before in this test run (a test asking for two, a
    /// listener and the admin address, once got the same one twice), and below the kernel's ephemeral range
    /// (<see cref="EphemeralPortsFrom"/>). That last rule closes the race between probing a port and the proxy binding
    /// it: a port from the ephemeral range, probed free, could be given by the kernel to any socket's connect or
    /// bind to port 0 (this run's own clients and upstreams among them) before the proxy bound it, failing start-up
    /// with exit code 2 or <see cref="AddressInUseException"/> (seen in the docs-only round 12). Below the range only
    /// a process that names the port itself can take it.
    /// </summary>
    public static int FreePort()
    {
        int below = EphemeralPortsFrom();
        const int lowest = 10_000;
        for (int attempt = 0; attempt < 1_000; attempt++)
        {
            int port = below > lowest + 1_000 ? Random.Shared.Next(lowest, below) : 0;
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            }
            catch (SocketException)
            {
                continue; // taken by someone else: try another
            }

            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
            if (HandedOutPorts.TryAdd(port, true))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free loopback port that this test run has not handed out yet after 1,000 probes.");
    }

    /// <summary>The first port of the kernel's ephemeral range (Linux /proc/sys/net/ipv4/ip_local_port_range), or 0 where it cannot be read.</summary>
    public static int EphemeralPortsFrom()
    {
        try
        {
            string[] range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return range.Length == 2 && int.TryParse(range[0], out int low) ? low : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> HandedOutPorts = new();

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static string DotnetHost()
    {
        // The SDK's host: `dotnet test` names it in DOTNET_HOST_PATH; otherwise the test host runs under it.
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (host is null || !File.Exists(host))
        {
            host = Environment.ProcessPath;
        }

        if (host is null || !Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The SDK's dotnet host was not found (DOTNET_HOST_PATH and the process path give '{host}').");
        }

        return host;
    }

    private static void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }

    private static string Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }
}
