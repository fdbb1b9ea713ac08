// Application-style: a batching access-log writer. Each worker appends lines to its own batch and flushes it to a file
// sink when it is full. Defects: the worker's line list is handed as the state of Task.Factory.StartNew (WEFT0004:
// the page lists StartNew's state argument), and the continuation that updates the flush counter runs on
// TaskScheduler.Default and reads Current there (WEFT0005).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.Idioms.R9.BatchingLogWriter;

public readonly record struct AccessLine(DateTimeOffset At, string Method, string Path, int Status, long Bytes)
{
    public override string ToString() => $"{At:O} {Method} {Path} {Status} {Bytes}";
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LogBatch
{
    public List<string> Lines { get; } = new(capacity: 512);

    public int Flushed { get; set; }
}

public interface ILogSink
{
    void WriteLines(IEnumerable<string> lines);
}

public sealed class FileSink(string path) : ILogSink
{
    private readonly Lock _gate = new();

    public void WriteLines(IEnumerable<string> lines)
    {
        using (_gate.EnterScope())
        {
            File.AppendAllLines(path, lines);
        }
    }
}

public sealed class AccessLog(ILogSink sink, int batchSize = 256)
{
    public void Append(AccessLine line)
    {
        LogBatch batch = LogBatch.Current;
        batch.Lines.Add(line.ToString());
        if (batch.Lines.Count >= batchSize)
        {
            Flush(batch);
        }
    }

    private void Flush(LogBatch batch)
    {
        string[] lines = batch.Lines.ToArray();
        batch.Lines.Clear();
        Task write = Task.Factory.StartNew(
            state => sink.WriteLines((string[])state!),
            lines,
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);
        write.ContinueWith(
            _ => LogBatch.Current.Flushed++,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            Dispatcher.Current!.TaskScheduler);
    }
}
