"""Made tests/data/pre-rounds.sqlite.gz: run from a checkout of commit 60322ea (the last one before answers
were stored as rounds), `python make_pre_rounds_db.py OUT_DIR`, then gzip OUT_DIR/kimi_ui.db."""
import asyncio, sys, shutil
from pathlib import Path
sys.path.insert(0, ".")
from kimi_ui.demo_server import DemoServer
from kimi_ui.backends.base import Backend
from kimi_ui.backends.registry import Backends
from kimi_ui.tools.builtins import builtin_tools
from kimi_ui.tools.registry import Registry
from kimi_ui.turns import TurnInput, Turns
from tests.support.turns import TurnHarness

out = Path(sys.argv[1])
server = DemoServer().start()
h = TurnHarness.create(out, server.url, max_tool_rounds=4, auto_title=False)
async def run(text, backend, conversation_id=None, mode="thinking"):
    tools = Registry()
    for t in builtin_tools(h.settings.workspace): tools.add(t)
    backends = Backends([Backend(c, read_timeout=30) for c in h.configs])
    turns = Turns(h.db, backends, h.settings, tools)
    cid = None
    async for e in turns.run(owner_id=h.owner_id, turn=TurnInput(text=text, backend=backend, mode=mode, tools=("calculator",), conversation_id=conversation_id)):
        cid = getattr(e, "conversation_id", cid)
    await backends.close()
    return cid
rounds = 'two rounds\ncall calculator {"expression": "6*7"} & call calculator {"expression": "2**10"}\ncall calculator {"expression": "1+1"}'
c1 = asyncio.run(run(rounds, "Simulated vLLM"))
asyncio.run(run("and now?", "Simulated vLLM", c1))
c2 = asyncio.run(run(rounds, "Simulated Moonshot API"))
asyncio.run(run("plain instant", "Simulated llama.cpp", mode="instant"))
asyncio.run(run("cut off #sim cut=8", "Simulated vLLM"))
asyncio.run(run("broken #sim status=500", "Simulated vLLM"))
server.stop()
print("ok", c1, c2)
