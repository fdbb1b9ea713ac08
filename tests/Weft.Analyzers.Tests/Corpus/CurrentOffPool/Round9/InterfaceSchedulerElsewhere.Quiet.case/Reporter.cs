using System;

namespace Corpus.CurrentOffPool.R9.InterfaceSchedulerElsewhere;

public sealed class Reporter(IBackgroundQueue queue)
{
    public void Report(string line)
    {
        string target = ReportConfig.Current.Target;
        queue.Enqueue(() =>
        {
            Console.WriteLine($"{target}: {line}");
        });
    }
}
