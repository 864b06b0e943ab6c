"""/healthz tells the truth about the task worker: stopped, or alive but stuck with tasks waiting,
it answers 503 naming the worker; started again, 200."""

import os
import signal

from home.models import NewsArticlePage


def test_healthz_answers_503_when_the_worker_stops_and_200_once_it_is_back(stack):
    status, body = stack.health()
    assert (status, body["failing"], body["worker"]["status"]) == (200, [], "ok")
    assert body["worker"]["workers"] == 1

    stack.stop("worker")
    status, body = stack.wait_for(lambda: (s := stack.health())[0] == 503 and s, 15, "a 503")
    assert body["failing"] == ["worker"]
    assert body["worker"]["status"] == "no worker running"

    stack.start("worker")
    stack.wait_for(lambda: stack.health()[0] == 200, 30, "the worker to be seen again")


def test_healthz_answers_503_when_a_paused_worker_leaves_a_task_waiting(stack):
    worker = stack.processes["worker"].popen
    os.kill(worker.pid, signal.SIGSTOP)
    try:
        # Publishing a page queues its search indexing for the worker.
        article = NewsArticlePage.objects.live().filter(locale__language_code="fr").first()
        article.save_revision().publish()

        def late():
            status, body = stack.health()
            return status == 503 and "tasks are waiting" in body["worker"]["status"] and body

        body = stack.wait_for(late, 30, "the paused worker to be reported")
        assert body["failing"] == ["worker"]
        assert "tasks are waiting" in body["worker"]["status"]
        assert body["worker"]["waiting_tasks"] >= 1
        assert body["worker"]["oldest_waiting_seconds"] > 8
    finally:
        os.kill(worker.pid, signal.SIGCONT)
    stack.wait_until_idle(timeout=60)
