// The quiet twin: the job reads the quota on the worker when it is made and keeps the number.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.UserApiRunsJobElsewhereQuiet;

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
    private readonly int _max;

    public QuotaReport(int max) => _max = max;

    public void Run() => Console.WriteLine(_max);
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
        IJob report = new QuotaReport(Quotas.Current.Max);
        Scheduler.Every(TimeSpan.FromMinutes(1), report.Run);
    }
}
