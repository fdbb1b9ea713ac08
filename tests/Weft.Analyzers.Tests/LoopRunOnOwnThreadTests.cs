using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A thread that runs a loop itself (<c>loop.Run()</c>, <c>loop.RunOnce()</c>, marked <c>[RunsLoopOnCallingThread]</c>)
/// is that loop's thread: its later calls of the loop's <c>[RequiresLoopThread]</c> members are quiet (the documented
/// way to defer a delete after the exit). Was reported as WEFT0005 (rtdoc14's suppressions). A different loop, or a
/// call before the thread ran it, is still reported.
/// </summary>
public sealed class LoopRunOnOwnThreadTests
{
    [Fact]
    public Task Members_of_the_loop_the_thread_runs_are_quiet_others_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft.Threading;
        namespace App;

        public static class Runner
        {
            public static void RunThenDelete(Dispatcher loop, IDisposable resource)
            {
                loop.Run();
                loop.DeferredDelete(resource);
            }

            public static Thread Start(Dispatcher loop, Dispatcher other, IDisposable resource)
            {
                var thread = new Thread(() =>
                {
                    {|WEFT0005:loop.DeferredDelete(resource)|};
                    while (loop.RunOnce())
                    {
                    }

                    loop.DeferredDelete(resource);
                    {|WEFT0005:other.DeferredDelete(resource)|};
                });
                thread.Start();
                return thread;
            }

            public static Task Pump(Dispatcher loop, IDisposable resource) => Task.Run(() => RunThenDelete(loop, resource));
        }
        """);
}
