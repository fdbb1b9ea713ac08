using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Round15.HostedPumpBaseClass;

public readonly record struct Sample(string Name, double Value);

public sealed class StatsPump(IReadOnlyList<Sample> samples, Action<string, double> export) : BackgroundWorker
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var group in samples.GroupBy(static s => s.Name))
        {
            stoppingToken.ThrowIfCancellationRequested();
            export(group.Key, group.Average(static s => s.Value));
            await Task.Yield();
        }
    }
}
