// A thread-pool work item reads the slot: there is no Current on a thread-pool thread.
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.QueueWorkItem;

[ThreadLocalSlot]
public sealed partial class AuditConfig
{
    public string Sink { get; init; } = "stdout";
}

public static class Audit
{
    public static void Write(string line)
    {
        ThreadPool.QueueUserWorkItem(_ => System.Console.WriteLine(AuditConfig.Current.Sink + ": " + line)); // expect: WEFT0005
    }
}
