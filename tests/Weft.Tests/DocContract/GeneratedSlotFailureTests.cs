using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Tests.DocContract;

/// <summary>A per-worker slot type as a user writes it: its update throws on the worker it is told to.</summary>
[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DocContractTally
{
    public int Applied { get; private set; }

    [WorkerUpdate]
    public void Apply(string throwOn)
    {
        if (Dispatcher.Current?.Name == throwOn)
        {
            throw new InvalidOperationException($"apply boom on {throwOn}");
        }

        Applied++;
    }
}

/// <summary>Design "The user's code" and "Failure semantics", through the generated members of a per-worker slot type.</summary>
public sealed class GeneratedSlotFailureTests
{
    [Fact]
    public async Task A_generated_OnAllWorkersAsync_that_throws_on_a_worker_faults_naming_it_and_the_others_apply()
    {
        await using var pool = new ReportingPool(2);
        DocContractTally.Initialize(pool.Pool, static _ => new DocContractTally());
        string failing = pool.Workers[1].Name;

        var failure = await Bounded.Faults<AggregateException>(
            DocContractTally.ApplyOnAllWorkersAsync(pool.Pool, failing),
            "ApplyOnAllWorkersAsync throwing on worker 1");

        Assert.Equal([failing], failure.InnerExceptions.Select(e => e.Data["Weft.Dispatcher"] as string));
        Assert.Equal(1, await AppliedOn(pool.Workers[0]));
        Assert.Equal(0, await AppliedOn(pool.Workers[1]));
    }

    [Fact]
    public async Task A_generated_callback_form_runs_its_completion_once_on_main_and_reports_the_exception()
    {
        await using var pool = new ReportingPool(2);
        DocContractTally.Initialize(pool.Pool, static _ => new DocContractTally());
        var completions = new ConcurrentQueue<bool>();
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Dispatcher main = pool.Main;

        DocContractTally.ApplyOnAllWorkers(pool.Pool, pool.Workers[0].Name, () =>
        {
            completions.Enqueue(main.IsCurrentThread);
            completed.TrySetResult();
        });

        await Bounded.Within(completed.Task, "the generated callback form's completion");
        await pool.WaitForReports(1, "worker 0's exception");
        await Bounded.Within(DocContractTally.UpdateAllAsync(pool.Pool, static _ => { }), "a settling round through every thread");
        Assert.Equal([true], completions);
        var (dispatcher, exception) = Assert.Single(pool.Reported);
        Assert.Same(pool.Workers[0], dispatcher);
        Assert.Equal($"apply boom on {dispatcher.Name}", exception.Message);
    }

    [Fact]
    public async Task A_generated_UpdateAllAsync_that_throws_on_main_faults_naming_main()
    {
        await using var pool = new ReportingPool(1);
        DocContractTally.Initialize(pool.Pool, static _ => new DocContractTally());
        string mainName = pool.Main.Name;

        var failure = await Bounded.Faults<AggregateException>(
            DocContractTally.UpdateAllAsync(pool.Pool, tally => tally.Apply(mainName)),
            "UpdateAllAsync throwing on main");

        Assert.Equal([mainName], failure.InnerExceptions.Select(e => e.Data["Weft.Dispatcher"] as string));
        Assert.Equal(1, await AppliedOn(pool.Workers[0]));
    }

    private static Task<int> AppliedOn(Dispatcher thread) =>
        Bounded.Within(thread.InvokeAsync(static () => DocContractTally.Current.Applied), $"reading the tally on {thread.Name}");
}
