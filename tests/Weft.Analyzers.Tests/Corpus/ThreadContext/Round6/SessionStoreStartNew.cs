// Session table per worker persisted by a snapshot job. Defect: the job is started with Task.Factory.StartNew
// on the default scheduler with LongRunning, and it enumerates the worker's own session dictionary there
// (WEFT0004: StartNew on the default scheduler is an entry point; the state argument goes where the delegate goes;
// #escape: reported at the call or at the state argument handed over).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.SessionStoreStartNew;

public readonly record struct SessionRow(string Id, string User, DateTime ExpiresAt);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerSessionStore
{
    public Dictionary<string, SessionRow> Rows { get; } = new(StringComparer.Ordinal);
}

public static class SessionPersistence
{
    public static Task SaveAsync(string path)
    {
        WorkerSessionStore store = WorkerSessionStore.Current;
        return Task.Factory.StartNew( // expect: WEFT0004 #escape
            static state =>
            {
                var rows = (WorkerSessionStore)state!;
                File.WriteAllLines(path: "sessions.tmp", rows.Rows.Values.Select(r => $"{r.Id}\t{r.User}\t{r.ExpiresAt:O}"));
            },
            store, // expect: WEFT0004 #escape
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ContinueWith(_ => File.Move("sessions.tmp", path, overwrite: true), TaskScheduler.Default);
    }
}
