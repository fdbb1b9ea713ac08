// A user scheduler whose callback parameter carries [RunsOnAnotherThread]; a job object's Run method is handed to it
// as a method group (through the interface), and Run reads a snapshot's Current. Same file: reported at the read.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.UserApiRunsJobElsewhere;

[ThreadLocalSlot]
public sealed partial class Quotas
{
    public int Max { get; init; }
}

public interface IJob
{
    void Run();
}

public sealed class QuotaReport : IJob
{
    public void Run() => Console.WriteLine(Quotas.Current.Max); // expect: WEFT0005
}

public static class Scheduler
{
    public static void Every(TimeSpan period, [RunsOnAnotherThread] Action job) => _ = Task.Run(async () =>
    {
        while (true)
        {
            await Task.Delay(period).ConfigureAwait(false);
            job();
        }
    });
}

public static class Reports
{
    public static void Install()
    {
        IJob report = new QuotaReport();
        Scheduler.Every(TimeSpan.FromMinutes(1), report.Run);
    }
}
