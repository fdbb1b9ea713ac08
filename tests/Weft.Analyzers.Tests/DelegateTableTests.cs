using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A delegate kept in an array or a dictionary (a table of handlers, filled by a collection expression, an array
/// initializer, an index initializer or an indexer assignment) and read back by index is that delegate: run off the
/// loop, it carries the worker state it captured. Fails on the engine before (an index initializer stored the lambda
/// under the indexer as if it were a member, and reading an element back did not find it).
/// </summary>
public sealed class DelegateTableTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Sessions
        {
            public readonly Dictionary<string, int> ByUser = new();
        }

        """;

    [Fact]
    public Task A_handler_over_worker_state_read_back_from_a_table_and_run_off_the_loop_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Commands
        {
            public static void FromArray(int command, string user)
            {
                var sessions = Sessions.Current;
                Action[] handlers = [() => sessions.ByUser.Remove(user), () => Console.WriteLine("pong")];
                ThreadPool.QueueUserWorkItem(_ => {|WEFT0004:handlers|}[command]());
            }

            public static void FromArrayInitializer(int command, string user)
            {
                var sessions = Sessions.Current;
                var handlers = new Action[] { () => sessions.ByUser.Remove(user) };
                Task.Run(() => {|WEFT0004:handlers|}[command]());
            }

            public static void FromDictionary(string command, string user)
            {
                var sessions = Sessions.Current;
                var handlers = new Dictionary<string, Action>
                {
                    ["kick"] = () => sessions.ByUser.Remove(user),
                    ["ping"] = () => Console.WriteLine("pong"),
                };
                ThreadPool.QueueUserWorkItem(_ => {|WEFT0004:handlers|}[command]());
            }

            public static Task FromIndexedRead(string command, string user)
            {
                var sessions = Sessions.Current;
                var handlers = new Dictionary<string, Action>();
                handlers["kick"] = () => {|WEFT0004:sessions|}.ByUser.Remove(user);
                Action chosen = handlers[command];
                return Task.Run(chosen);
            }
        }
        """);

    [Fact]
    public Task Tables_of_handlers_over_copies_or_run_on_the_loop_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public static class Commands
        {
            public static void Handle(string command, string user)
            {
                int count = Sessions.Current.ByUser.Count;
                var sessions = Sessions.Current;
                var remote = new Dictionary<string, Action>
                {
                    ["count"] = () => Console.WriteLine(count),
                };
                ThreadPool.QueueUserWorkItem(_ => remote[command]());
                Action[] local = [() => sessions.ByUser.Remove(user)];
                local[0]();
                var here = new Dictionary<string, Action> { ["kick"] = () => sessions.ByUser.Remove(user) };
                here[command]();
            }
        }
        """);
    [Fact]
    public Task A_table_of_handlers_kept_in_a_field_and_run_from_the_pool_is_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Moderation
        {
            private readonly Dictionary<string, Action<string>> _commands;

            public Moderation()
            {
                var sessions = Sessions.Current;
                _commands = new Dictionary<string, Action<string>>
                {
                    ["kick"] = user => sessions.ByUser.Remove(user),
                    ["ping"] = user => Console.WriteLine(user),
                };
            }

            public Task RunLater(string command, string user) => Task.Delay(10).ContinueWith(_ => {|WEFT0004:_commands|}[command](user));
        }
        """);

    [Fact]
    public Task A_table_of_handlers_in_a_field_run_on_the_loop_or_over_copies_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Moderation
        {
            private readonly Dictionary<string, Action<string>> _commands;
            private readonly Dictionary<string, Action<string>> _remote;

            public Moderation()
            {
                var sessions = Sessions.Current;
                int count = sessions.ByUser.Count;
                _commands = new Dictionary<string, Action<string>> { ["kick"] = user => sessions.ByUser.Remove(user) };
                _remote = new Dictionary<string, Action<string>> { ["count"] = user => Console.WriteLine(count) };
            }

            public void Run(string command, string user) => _commands[command](user);

            public Task RunLater(string command, string user) => Task.Delay(10).ContinueWith(_ => _remote[command](user));
        }
        """);
}
