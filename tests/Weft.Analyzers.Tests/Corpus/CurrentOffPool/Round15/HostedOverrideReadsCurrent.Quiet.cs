// Round 15, WEFT0005 quiet twin: the exporter is given the settings (read by its creator on the worker) through its
// primary constructor, and the override reads no Current.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.HostedOverrideReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class ExportSettings
{
    public string Endpoint { get; init; } = "";
    public TimeSpan Period { get; init; } = TimeSpan.FromSeconds(10);
}

public abstract class BackgroundWorker
{
    protected abstract Task ExecuteAsync(CancellationToken stoppingToken);

    public Task StartAsync(CancellationToken ct) => Task.Run(() => ExecuteAsync(ct), ct);
}

public sealed class Exporter(ExportSettings settings, Func<string, CancellationToken, Task> push) : BackgroundWorker
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await push(settings.Endpoint, stoppingToken);
        }
    }
}
