using System;

namespace Corpus.CurrentOffPool.R9.InterfaceSchedulerElsewhere;

public sealed class Reporter(IBackgroundQueue queue)
{
    public void Report(string line)
    {
        queue.Enqueue(() =>
        {
            string target = ReportConfig.Current.Target; // expect: WEFT0005
            Console.WriteLine($"{target}: {line}");
        });
    }
}
