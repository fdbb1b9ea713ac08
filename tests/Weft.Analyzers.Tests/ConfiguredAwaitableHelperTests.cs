using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A helper that returns a configured awaitable (<c>static ConfiguredTaskAwaitable Briefly() =>
/// Task.Delay(5).ConfigureAwait(false);</c>, a property, a pass-through over its task argument): awaiting its result
/// resumes off the loop as awaiting <c>ConfigureAwait(false)</c> written inline does, so a slot read after it is
/// WEFT0005. A helper configured to resume on the context, or an async helper that leaves the context inside itself
/// (its caller resumes on its own context), stays quiet. Fails on the engine before, whose summaries kept nothing of
/// a returned configured awaitable (corpus CurrentOffPool/Round5 HelperReturnsConfiguredAwaitable).
/// </summary>
public sealed class ConfiguredAwaitableHelperTests
{
    private const string Types = """
        using System.Collections.Immutable;
        using System.Runtime.CompilerServices;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial class RouteTable
        {
            public ImmutableArray<string> Routes { get; init; }
        }

        """;

    [Fact]
    public Task Awaiting_a_helpers_configured_awaitable_leaves_the_loop() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Pauses
        {
            private static ConfiguredTaskAwaitable Briefly() => Task.Delay(5).ConfigureAwait(false);

            private static ConfiguredTaskAwaitable Pause => Task.Delay(1).ConfigureAwait(false);

            private static ConfiguredValueTaskAwaitable Off(ValueTask task) => task.ConfigureAwait(false);

            public static async Task<int> FirstAsync()
            {
                await Briefly();
                return {|WEFT0005:RouteTable.Current|}.Routes.Length;
            }

            public static async Task<int> SecondAsync()
            {
                await Pause;
                return {|WEFT0005:RouteTable.Current|}.Routes.Length;
            }

            public static async Task<int> ThirdAsync(ValueTask flush)
            {
                await Off(flush);
                return {|WEFT0005:RouteTable.Current|}.Routes.Length;
            }
        }
        """);

    [Fact]
    public Task Helpers_that_resume_on_the_context_or_leave_it_inside_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class Pauses
        {
            private static ConfiguredTaskAwaitable OnContext() => Task.Delay(5).ConfigureAwait(true);

            private static async Task InsideAsync() => await Task.Delay(5).ConfigureAwait(false);

            public static async Task<int> FirstAsync()
            {
                await OnContext();
                await InsideAsync();
                return RouteTable.Current.Routes.Length;
            }
        }
        """);
}
