// Quiet twin of SessionStoreStartNew: the sessions are copied on the worker into an array of records (strings
// and DateTimes) and only the copy is persisted on the other thread.
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
        SessionRow[] rows = store.Rows.Values.ToArray();
        return Task.Factory.StartNew(
            static state =>
            {
                var copy = (SessionRow[])state!;
                File.WriteAllLines(path: "sessions.tmp", copy.Select(r => $"{r.Id}\t{r.User}\t{r.ExpiresAt:O}"));
            },
            rows,
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ContinueWith(_ => File.Move("sessions.tmp", path, overwrite: true), TaskScheduler.Default);
    }
}
