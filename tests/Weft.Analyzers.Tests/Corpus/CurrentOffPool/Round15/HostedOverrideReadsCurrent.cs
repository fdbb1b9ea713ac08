// Round 15, WEFT0005, a hosted-service shape with the BCL only: the base class runs its abstract ExecuteAsync on the
// thread pool; the override (same file) reads the snapshot's Current. The page: a method the callback itself calls (an
// interface or virtual method included) reads Current on the callback's thread, reported at that call, in the callback.
using System;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round15.HostedOverrideReadsCurrent;

[ThreadLocalSlot]
public sealed partial class ExportSettings
{
    public string Endpoint { get; init; } = "";
    public TimeSpan Period { get; init; } = TimeSpan.FromSeconds(10);
}

public abstract class BackgroundWorker
{
    protected abstract Task ExecuteAsync(CancellationToken stoppingToken);

    public Task StartAsync(CancellationToken ct) => Task.Run(() => ExecuteAsync(ct), ct); // expect: WEFT0005
}

public sealed class Exporter(Func<string, CancellationToken, Task> push) : BackgroundWorker
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = ExportSettings.Current;
        using var timer = new PeriodicTimer(settings.Period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await push(settings.Endpoint, stoppingToken);
        }
    }
}
