using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

using Weft.Net;
using Weft.Threading;

namespace Weft.Tests.DocOnly.Round8;

// Dispatcher thread affinity and exit from the XML docs of Dispatcher, FileEvent, Connection and Listener, and
// docs/io.md's contract item 6 ("From another thread they throw InvalidOperationException naming the action and the
// dispatcher").
public sealed class AffinityRound8Tests
{
    private sealed class WorkItem : IDispatcherWorkItem
    {
        public int Runs;

        public void Execute() => Interlocked.Increment(ref Runs);
    }

    // CreateTimer, DeferredDelete, CreateFileEvent, Connection.Connect, Listener.Open: "[RequiresLoopThread]",
    // "InvalidOperationException: Called off the loop thread" — from a small-stack thread and from the thread pool.
    [Fact]
    public async Task Every_loop_thread_only_member_of_the_dispatcher_refuses_a_foreign_thread()
    {
        var loop = Dispatcher.Start("r8-foreign");
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            var calls = new (string What, Action Call)[]
            {
#pragma warning disable WEFT0005 // loop-only members in a table run from other threads on purpose: the refusal is what is tested
                ("CreateTimer", () => loop.CreateTimer(() => { })),
                ("DeferredDelete", () => loop.DeferredDelete(new MemoryStreamish())),
                ("CreateFileEvent", () => loop.CreateFileEvent(socket, _ => { }, FileReadyType.Read)),
                ("Connection.Connect", () => Connection.Connect(loop, new IPEndPoint(IPAddress.Loopback, 9), (_, _) => { }, (_, _) => { })),
                ("Listener.Open", () => Listener.Open(loop, new IPEndPoint(IPAddress.Loopback, 0), _ => { })),
#pragma warning restore WEFT0005
            };
            foreach (var (what, call) in calls)
            {
                var small = Round8Kit.ThrownOnThread(call, maxStackSize: 256 * 1024);
                var pool = await Round8Kit.ThrownOnPool(call);
                Assert.True(small is InvalidOperationException and not ObjectDisposedException, $"{what} from a 256 KB-stack thread: {small?.ToString() ?? "accepted"}");
                Assert.True(pool is InvalidOperationException and not ObjectDisposedException, $"{what} from the thread pool: {pool?.ToString() ?? "accepted"}");
            }

            // Nothing was left behind by the refused calls: the loop still runs and answers.
            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a round trip after the refused calls");
            Assert.Equal(0, loop.Stats.UnhandledExceptions);
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // docs/io.md 6: "Registration, interest changes, Activate and Dispose run on the owning loop. From another thread
    // they throw InvalidOperationException naming the action and the dispatcher."
    [Fact]
    public async Task FileEvent_members_refuse_a_foreign_thread_naming_the_action_and_the_dispatcher()
    {
        var loop = Dispatcher.Start("r8-fe-foreign");
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        try
        {
            var fileEvent = await DocOnlyKit.Within(loop.InvokeAsync(() => loop.CreateFileEvent(listener, _ => { }, FileReadyType.Read)), "registering on the loop");
            var calls = new (string Action, Action Call)[]
            {
#pragma warning disable WEFT0005 // loop-only members in a table run from another thread on purpose: the refusal is what is tested
                ("SetEnabled", () => fileEvent.SetEnabled(FileReadyType.Write)),
                ("Activate", () => fileEvent.Activate(FileReadyType.Read)),
#pragma warning restore WEFT0005
                ("Dispose", fileEvent.Dispose),
            };
            var messages = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            foreach (var (action, call) in calls)
            {
                var thrown = Round8Kit.ThrownOnThread(call, maxStackSize: 256 * 1024);
                var refused = Assert.IsType<InvalidOperationException>(thrown, exactMatch: false);
                Assert.True(refused.Message.Contains("file event", StringComparison.OrdinalIgnoreCase), $"{action}: the error should name the file event: {refused.Message}");
                Assert.True(refused.Message.Contains("r8-fe-foreign", StringComparison.Ordinal), $"the error should name the dispatcher: {refused.Message}");
                messages.Add(refused.Message.Split(" from thread", 2)[0]);
            }

            // "naming the action": each refused call says what was attempted, so the three messages differ.
            Assert.Equal(3, messages.Count);

            Assert.False(await DocOnlyKit.Within(loop.InvokeAsync(() => fileEvent.IsClosed), "reading IsClosed"), "a refused Dispose must leave the event registered");
            Assert.Equal(FileReadyType.Read, await DocOnlyKit.Within(loop.InvokeAsync(() => fileEvent.Enabled), "reading Enabled"));
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // Run: "InvalidOperationException: Another thread owns the loop, or it is already running."
    [Fact]
    public async Task Run_is_refused_from_inside_the_loop_and_from_another_thread_while_it_runs()
    {
        var loop = Dispatcher.Start("r8-nested-run");
        try
        {
            var nested = await DocOnlyKit.Within(loop.InvokeAsync<Exception?>(() =>
            {
                try
                {
                    loop.Run();
                    return null;
                }
                catch (Exception ex)
                {
                    return ex;
                }
            }), "the nested Run attempt to return");
            Assert.IsType<InvalidOperationException>(nested, exactMatch: false);

            var foreign = Round8Kit.ThrownOnThread(loop.Run, maxStackSize: 256 * 1024);
            Assert.IsType<InvalidOperationException>(foreign, exactMatch: false);

            await DocOnlyKit.Within(loop.InvokeAsync(() => { }), "a round trip after the refused Run calls");
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    // Dispatcher remarks: "Exit refuses further posts at once: a refused post throws ObjectDisposedException (or
    // returns false from TryPost); it is never dropped silently"; InvokeAsync "Faults with ObjectDisposedException
    // (rather than throwing) when the loop has exited or is exiting". Every post form, while exiting and after.
    [Fact]
    public async Task Every_post_form_is_refused_while_the_loop_is_exiting_and_after_it_exited()
    {
        var loop = Dispatcher.Start("r8-post-after-exit");
        using var gate = new LoopGate();
        await gate.HoldAsync(loop);
        var item = new WorkItem();
        var ran = 0;
        try
        {
            loop.Exit();
            Assert.True(loop.IsExitRequested);
            Assert.False(loop.HasExited, "the loop is still inside the held callback");
            AssertEveryFormRefused(loop, item, () => Interlocked.Increment(ref ran), "while exiting");
        }
        finally
        {
            gate.Release();
        }

        await DocOnlyKit.Within(loop.Completion, "the loop to exit");
        AssertEveryFormRefused(loop, item, () => Interlocked.Increment(ref ran), "after exit");
        Assert.Equal(0, Volatile.Read(ref ran));
        Assert.Equal(0, Volatile.Read(ref item.Runs));

        static void AssertEveryFormRefused(Dispatcher loop, WorkItem item, Action onRun, string when)
        {
            Assert.Throws<ObjectDisposedException>(() => loop.Post(onRun));
            Assert.Throws<ObjectDisposedException>(() => loop.Post(static (Action a) => a(), onRun));
            Assert.Throws<ObjectDisposedException>(() => loop.Post(static (long _) => { }, 42L));
            Assert.Throws<ObjectDisposedException>(() => loop.Post(static (ValueTuple<long, long, long, long, long> _) => { }, (1L, 2L, 3L, 4L, 5L)));
            Assert.Throws<ObjectDisposedException>(() => loop.Post(item));
            Assert.False(loop.TryPost(onRun), $"TryPost(Action) {when}");
            Assert.False(loop.TryPost(static (Action a) => a(), onRun), $"TryPost<TState> {when}");
            Assert.False(loop.TryPost(item), $"TryPost(work item) {when}");
            var invoke = loop.InvokeAsync(onRun);
            var invokeT = loop.InvokeAsync(() => 1);
            Assert.True(invoke.IsFaulted && invoke.Exception!.InnerException is ObjectDisposedException, $"InvokeAsync(Action) {when}: {invoke.Status}");
            Assert.True(invokeT.IsFaulted && invokeT.Exception!.InnerException is ObjectDisposedException, $"InvokeAsync<T> {when}: {invokeT.Status}");
        }
    }

    // Dispatcher remarks and failure-semantics.md: "An await continuation ... that reaches a dispatcher after its
    // loop exited is dropped: never thrown ..., never run on another thread. It is counted in
    // DispatcherStats.ContinuationsAfterExit".
    [Fact]
    public async Task An_await_on_a_loop_that_exits_before_the_awaited_task_completes_is_dropped_and_counted()
    {
        var loop = Dispatcher.Start("r8-await-exit");
        var awaited = new TaskCompletionSource(); // continuations inline: SetResult posts to the loop's context
        var resumed = 0;
        var started = await DocOnlyKit.Within(loop.InvokeAsync(() =>
        {
            _ = Resume();
            return true;

            async Task Resume()
            {
                await awaited.Task;
                Interlocked.Increment(ref resumed);
            }
        }), "the awaiting callback to run");
        Assert.True(started);
        await Round8Kit.ExitAsync(loop);

        var completedOn = Environment.CurrentManagedThreadId;
        var thrown = Record(awaited.SetResult);
        Assert.Null(thrown);
        Round8Kit.Eventually(() => loop.Stats.ContinuationsAfterExit == 1, "the dropped continuation to be counted");
        Assert.Equal(0, Volatile.Read(ref resumed));
        Assert.Equal(completedOn, Environment.CurrentManagedThreadId);

        // And through the loop's TaskScheduler: a task scheduled after exit is dropped and counted the same way.
        var scheduled = 0;
        var task = Record(() => Task.Factory.StartNew(() => Interlocked.Increment(ref scheduled), CancellationToken.None, TaskCreationOptions.None, loop.TaskScheduler));
        Assert.Null(task);
        Round8Kit.Eventually(() => loop.Stats.ContinuationsAfterExit == 2, "the task scheduled after exit to be counted");
        Assert.Equal(0, Volatile.Read(ref scheduled));
    }

    // Dispose: "Exits and, off the loop thread, waits for the loop to finish" — from inside a callback it must not
    // wait for itself; from another thread it returns only once the loop has exited.
    [Fact]
    public async Task Dispose_from_a_callback_does_not_wait_for_itself_and_from_outside_waits_for_the_exit()
    {
        var inside = Dispatcher.Start("r8-dispose-inside");
        await DocOnlyKit.Within(inside.InvokeAsync(inside.Dispose), "Dispose called from the loop's own callback to return");
        await DocOnlyKit.Within(inside.Completion, "the loop disposed from inside to exit");

        var outside = Dispatcher.Start("r8-dispose-outside");
        await DocOnlyKit.Within(outside.InvokeAsync(() => { }), "a round trip");
        var disposer = Task.Run(outside.Dispose);
        await DocOnlyKit.Within(disposer, "Dispose from another thread to return");
        Assert.True(outside.HasExited, "Dispose off the loop thread returns only after the loop exited");
    }

    // Dispatcher.Current: "The dispatcher whose loop is running on the calling thread, or null"; IsCurrentThread is
    // true on the loop's thread only once a thread is bound to it.
    [Fact]
    public async Task Current_and_IsCurrentThread_tell_the_loop_thread_from_every_other_thread()
    {
        var loop = Dispatcher.Start("r8-current");
        try
        {
            var (current, isCurrent) = await DocOnlyKit.Within(loop.InvokeAsync(() => (Dispatcher.Current, loop.IsCurrentThread)), "reading on the loop");
            Assert.Same(loop, current);
            Assert.True(isCurrent);
            Assert.False(loop.IsCurrentThread);
            Assert.Null(Dispatcher.Current);
            var onSmallStack = false;
            Assert.Null(Round8Kit.ThrownOnThread(() => onSmallStack = loop.IsCurrentThread, 256 * 1024));
            Assert.False(onSmallStack);
        }
        finally
        {
            await Round8Kit.ExitAsync(loop);
        }
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private sealed class MemoryStreamish : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
