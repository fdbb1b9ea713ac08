using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0005's message fits what was misused: a slot's value read off its worker ("read it before and pass the value")
/// or a loop-only member called off its loop ("call it on that loop"); a property is "read", a method "called".
/// </summary>
public sealed class CurrentOffPoolMessageTests
{
    [Fact]
    public Task A_slot_read_and_a_loop_only_call_each_get_their_own_advice() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System;
        using System.Collections.Immutable;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        [ThreadLocalSlot]
        public sealed partial record Limits(int PerSecond);

        public static class Background
        {
            public static Task<int> PerSecondAsync() => Task.Run(() => {|#0:Limits.Current|}.PerSecond);

            public static Task ArmAsync(Dispatcher loop, Action retry) => Task.Run(() => {|#1:loop.CreateTimer(retry)|}.Enable(TimeSpan.FromSeconds(1)));
        }
        """,
        [
            new DiagnosticResult("WEFT0005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Limits", "Current", "read", "a Task.Run callback", "the worker that owns the slot; read it before and pass the value"),
            new DiagnosticResult("WEFT0005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("Dispatcher", "CreateTimer", "called", "a Task.Run callback", "the loop it belongs to; call it on that loop (post the work to it)"),
        ]);
}
