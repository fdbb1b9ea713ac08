using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.ThreadContext.R16.HostedServiceBase;

public sealed class ExportService(List<string> pending, TextSink sink) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var line in pending)
            await sink.WriteAsync(line, stoppingToken);
        pending.Clear();
    }
}

public sealed class TextSink
{
    public Task WriteAsync(string line, CancellationToken ct) => Task.CompletedTask;
}
