// The sink name is read on the worker; the work item receives a string.
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
        string sink = AuditConfig.Current.Sink;
        ThreadPool.QueueUserWorkItem(state => System.Console.WriteLine(state), sink + ": " + line, preferLocal: false);
    }
}
